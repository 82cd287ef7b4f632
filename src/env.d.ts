/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the page being rendered; read by the <Zh>/<En> body components. */
    lang?: import('./model/lang.ts').Lang;
    /** The sources cited on an event page, by id: reference number and who wrote it. */
    citations?: ReadonlyMap<string, { readonly n: number; readonly by: string }>;
  }
}
