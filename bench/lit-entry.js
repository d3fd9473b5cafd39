// "Lit alone", the size floor: everything `lit` exports, bundled like the standalone.
export * from 'lit';
