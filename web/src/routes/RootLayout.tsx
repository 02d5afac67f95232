import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { focusMain, SkipLink } from '../components/layout.js';

/** Skip link, and focus moved to the new page's content after each navigation. */
export function RootLayout() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (event.fromLocation && event.fromLocation.pathname !== event.toLocation.pathname) {
          requestAnimationFrame(() => focusMain());
        }
      }),
    [router],
  );
  return (
    <>
      <SkipLink />
      <Outlet />
    </>
  );
}
