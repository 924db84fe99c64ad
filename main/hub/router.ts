import { authRouter } from './routers/auth';
import { contentRouter } from './routers/content';
import { feedRouter } from './routers/feed';
import { feedbackRouter } from './routers/feedback';
import { deviceRouter, kiosksRouter } from './routers/kiosks';
import { locationsRouter } from './routers/locations';
import { operatorRouter } from './routers/operator';
import { syncRouter } from './routers/sync';
import { usersRouter } from './routers/users';
import { usageRouter } from './routers/usage';
import { router } from './trpc';

export const hubRouter = router({
  auth: authRouter,
  operator: operatorRouter,
  users: usersRouter,
  content: contentRouter,
  locations: locationsRouter,
  kiosks: kiosksRouter,
  device: deviceRouter,
  feed: feedRouter,
  sync: syncRouter,
  usage: usageRouter,
  feedback: feedbackRouter,
});

export type HubRouter = typeof hubRouter;
