import { Children, cloneElement, Fragment, isValidElement, type ReactNode } from 'react';

/**
 * Mantine's class names for Breadcrumbs (`Breadcrumbs.classes`), whose rules are in Mantine's
 * stylesheet, loaded on every page; plain-breadcrumbs.test.tsx compares the markup with Mantine's.
 */
export const breadcrumbsClasses = {
  root: 'm_8b3717df',
  breadcrumb: 'm_f678d540',
  separator: 'm_3b8f2208',
};
const c = breadcrumbsClasses;
const itemClass = `${c.breadcrumb} mantine-Breadcrumbs-breadcrumb`;

/**
 * Breadcrumbs drawn exactly as Mantine's ("/" between the items, each given its class) without its
 * script, which brought 0.9 kB gzip onto the modules and tasks pages for one line of links.
 */
export function PlainBreadcrumbs({ children }: { children: ReactNode }) {
  const items = Children.toArray(children);
  return (
    <div className={`${c.root} mantine-Breadcrumbs-root`}>
      {items.map((item, index) => (
        <Fragment key={index}>
          {isValidElement<{ className?: string }>(item) ? (
            cloneElement(item, {
              className: [itemClass, item.props.className].filter(Boolean).join(' '),
            })
          ) : (
            <div className={itemClass}>{item}</div>
          )}
          {index < items.length - 1 && (
            <div className={`${c.separator} mantine-Breadcrumbs-separator`}>/</div>
          )}
        </Fragment>
      ))}
    </div>
  );
}
