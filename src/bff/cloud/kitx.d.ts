declare module 'kitx' {
  const kitx: { makeNonce(): string; sha1(value: string, key: string, encoding: string): string };
  export default kitx;
}
