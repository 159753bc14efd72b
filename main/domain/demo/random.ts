import { base, Faker, fr } from '@faker-js/faker';

/** A seeded French generator, so that `relais demo --seed S` always builds the same space. */
export function createFaker(seed: number): Faker {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(seed);
  return faker;
}
