import '@mantine/core/styles.css';

import { Button, Container, MantineProvider, Text, TextInput, Title } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, RouterProvider } from 'react-router';

function Home() {
  const health = useQuery({
    queryKey: ['health'],
    queryFn: async () => (await fetch('/health.json')).json() as Promise<{ ok: boolean }>,
  });
  return (
    <Container size="xs" py="xl">
      <Title order={1}>Sign in</Title>
      <TextInput label="Username" mt="md" />
      <Button mt="md">Sign in</Button>
      <Text mt="md">{health.data?.ok ? 'Ready' : 'Loading'}</Text>
      <Link to="/about">About</Link>
    </Container>
  );
}

const router = createBrowserRouter([
  { path: '/', element: <Home /> },
  { path: '/about', element: <Title order={1}>About</Title> },
]);
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
