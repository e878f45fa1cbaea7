import { z } from 'zod';

/** Zod's own messages in Chinese, for server validation errors and client forms alike. */
z.config(z.locales.zhCN());
