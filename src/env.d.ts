declare namespace App {
  interface Locals {
    /** Reference numbers of the sources cited on the page being rendered, in order of first citation. */
    refs?: Map<string, number>;
  }
}
