/** K-06 argon2id password hashes. */
import { Algorithm, hash, verify } from "@node-rs/argon2";

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
}

export function createArgon2Hasher(memoryKib: number): PasswordHasher {
  return {
    hash: (password) => hash(password, { algorithm: Algorithm.Argon2id, memoryCost: memoryKib, timeCost: 2, parallelism: 1 }),
    async verify(hashed, password) {
      try {
        return await verify(hashed, password);
      } catch {
        return false;
      }
    },
  };
}
