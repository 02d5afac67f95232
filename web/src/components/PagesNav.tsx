import { Pagination } from '@mantine/core';

const CONTROL_LABELS = {
  first: 'Première page',
  previous: 'Page précédente',
  next: 'Page suivante',
  last: 'Dernière page',
};

/** The pages of a long list, named for screen readers ("Pages du registre"); nothing for one page. */
export function PagesNav(props: { label: string; pages: number; page: number; onChange(page: number): void }) {
  if (props.pages <= 1) return null;
  return (
    <nav aria-label={props.label}>
      <Pagination
        total={props.pages}
        value={Math.min(props.page, props.pages)}
        onChange={props.onChange}
        siblings={1}
        getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
        getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
      />
    </nav>
  );
}
