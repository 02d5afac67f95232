import { useParams } from '@tanstack/react-router';
import { RelaisPublicView } from './RelaisPublicView.js';

/** "/r/{slug}": the public page of one relais. */
export function RelaisPage() {
  const { slug } = useParams({ from: '/public/r/$slug' });
  return <RelaisPublicView slug={slug} />;
}
