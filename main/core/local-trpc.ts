import { initTRPC, TRPCError } from '@trpc/server';
import { TRPCClientError } from '@trpc/client';
import { z, ZodError } from 'zod';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { zodProblems, type Problem } from '../../shared/problems';

/** tRPC for the local router between a screen and its desktop core (IPC in Electron, loopback in the browser). */
const t = initTRPC.create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const hubData = cause instanceof TRPCClientError ? (cause.data as { field?: string; fieldErrors?: unknown; problems?: Problem[] } | undefined) : undefined;
    return {
      ...shape,
      data: {
        ...shape.data,
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : hubData?.fieldErrors,
        field: cause instanceof ZodError ? cause.issues[0]?.path.join('.') : hubData?.field,
        problems: cause instanceof ZodError ? zodProblems(cause) : hubData?.problems,
      },
    };
  },
});

export const localRouter = t.router;
export const localProcedure = t.procedure;

/** Calls the hub on behalf of a screen and passes its refusal on with the same code, message and field. */
export async function viaHub<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof TRPCClientError) {
      const code = (err.data as { code?: TRPC_ERROR_CODE_KEY } | undefined)?.code;
      if (!code) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The hub cannot be reached right now. Try again when you are online.', cause: err });
      throw new TRPCError({ code, message: err.message, cause: err });
    }
    throw err;
  }
}
