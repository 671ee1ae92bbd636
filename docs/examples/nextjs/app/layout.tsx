// The stylesheet is imported once, here in the root layout (a Server Component may import CSS).
import '@trailmark/react/styles.css';
import type { ReactNode } from 'react';
import { language } from './language';

export const metadata = { title: 'LLM engineer roadmap', icons: 'data:,' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={language}>
      <body>{children}</body>
    </html>
  );
}
