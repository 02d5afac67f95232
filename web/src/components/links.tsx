import { Anchor, Button, NavLink, type AnchorProps, type ButtonProps, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

const AnchorBase = forwardRef<HTMLAnchorElement, AnchorProps & AnchorAttributes>(function AnchorBase(props, ref) {
  return <Anchor ref={ref} {...props} />;
});

const ButtonBase = forwardRef<HTMLAnchorElement, ButtonProps & AnchorAttributes>(function ButtonBase(props, ref) {
  return <Button component="a" ref={ref} {...props} />;
});

const NavLinkBase = forwardRef<HTMLAnchorElement, NavLinkProps & Omit<AnchorAttributes, 'onChange'>>(
  function NavLinkBase(props, ref) {
    return <NavLink component="a" ref={ref} {...props} />;
  },
);

const CreatedAnchorLink = createLink(AnchorBase);
const CreatedButtonLink = createLink(ButtonBase);
const CreatedNavLinkLink = createLink(NavLinkBase);

/** A Mantine Anchor that navigates inside the app. */
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

/** A Mantine Button that is a link inside the app. */
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);

/** A Mantine NavLink for the back-office navigation. */
export const NavLinkLink: LinkComponent<typeof NavLinkBase> = (props) => (
  <CreatedNavLinkLink preload="intent" {...props} />
);
