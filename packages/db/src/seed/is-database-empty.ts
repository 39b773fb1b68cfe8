import type { PrismaClient } from '../generated/prisma/client.ts';

/** True when nobody exists yet: the API auto-seeds the embedded database only then. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.findFirst({ select: { id: true } })) === null;
}
