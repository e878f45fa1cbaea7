import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from '../../core/roles';
import { api, ApiError, setCsrfToken } from '../api/client';

export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    roles: Role[];
    roleLabels: string[];
    memberId: string | null;
    unitId: string | null;
    mustChangePassword: boolean;
    lastLoginAt: string | null;
  };
  org: { id: string; name: string; shortName: string; level: string; parentId: string | null };
  csrfToken: string | null;
}

interface AuthState {
  me: Me | null;
  loading: boolean;
  /** Stores the login response (or /auth/me) as the current user. */
  setMe(me: Me | null): void;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await api.get<Me>('/api/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
  const me = q.data ?? null;
  const value: AuthState = {
    me,
    loading: q.isLoading,
    setMe(next) {
      setCsrfToken(next?.csrfToken ?? null);
      if (!next) qc.clear();
      qc.setQueryData(['me'], next);
    },
    hasRole: (...roles) => !!me && me.user.roles.some((r) => roles.includes(r)),
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
