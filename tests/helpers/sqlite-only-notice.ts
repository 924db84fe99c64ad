/** Vitest global setup when there is no PostgreSQL to test on: says so once, at the end of the run where it is seen. */
import { POSTGRES_MISSING_LINE } from './postgres-cluster';

export default function setup(): () => void {
  return () => console.log(`\n${POSTGRES_MISSING_LINE}\n`);
}
