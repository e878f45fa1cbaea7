import type { ReactNode } from 'react';
import { ChangePasswordPage } from '../pages/ChangePasswordPage';
import { HomePage } from '../pages/HomePage';

export interface AppRoute {
  path: string;
  element: ReactNode;
}

/** Pages inside the app frame. Each area adds its pages here. */
export const ROUTES: AppRoute[] = [
  { path: '/', element: <HomePage /> },
  { path: '/me/password', element: <ChangePasswordPage /> },
];
