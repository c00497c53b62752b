// The HTML validator's configuration for the built site (html-validate), plus the site's own rules:
// what a strict Content-Security-Policy and the privacy promise require of every page's markup.
// Every rule changed from the recommended preset is listed here with its reason.
import { Rule, type AttributeEvent, type ConfigData, type DOMReadyEvent, type Plugin } from 'html-validate';

/** Inline event handlers (onclick="...") are blocked by the CSP, so a control using one silently does nothing. */
class NoInlineHandler extends Rule {
  documentation() {
    return {
      description:
        'Inline event handlers are blocked by the Content-Security-Policy. Attach the listener in an Astro <script> (bundled and hashed) instead.',
    };
  }
  setup() {
    this.on('attr', (event: AttributeEvent) => {
      if (/^on/i.test(event.key)) {
        this.report({
          node: event.target,
          location: event.keyLocation,
          message: `inline event handler "${event.key}" is blocked by the Content-Security-Policy; attach the listener in an Astro <script> instead`,
        });
      }
    });
  }
}

/** A link to another site must not hand it the reader's page (window.opener) or address (Referer). */
class ExternalLinkRel extends Rule {
  documentation() {
    return {
      description:
        'Links to other sites carry rel="noopener noreferrer", so the other site gets neither a handle on this page nor its address.',
    };
  }
  setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const a of event.document.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')?.value;
        if (typeof href !== 'string' || !/^(https?:)?\/\//i.test(href)) continue;
        const rel = String(a.getAttribute('rel')?.value ?? '')
          .toLowerCase()
          .split(/\s+/);
        const missing = ['noopener', 'noreferrer'].filter((r) => !rel.includes(r));
        if (missing.length)
          this.report({
            node: a,
            message: `link to another site (${href}) lacks rel="${missing.join(' ')}"; write rel="noopener noreferrer"`,
          });
      }
    });
  }
}

/** Every page carries its Content-Security-Policy in a <meta> tag (Astro's security.csp). */
class CspMeta extends Rule {
  documentation() {
    return { description: "Every page carries a Content-Security-Policy <meta> tag, written by Astro's security.csp." };
  }
  setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      const metas = event.document
        .querySelectorAll('meta[http-equiv]')
        .filter((m) => String(m.getAttribute('http-equiv')?.value).toLowerCase() === 'content-security-policy');
      const head = event.document.querySelector('head');
      if (metas.length !== 1 && head)
        this.report({
          node: head,
          message: `expected one Content-Security-Policy <meta> tag, found ${metas.length}; keep security.csp enabled in astro.config.mjs and render the page through src/layouts/Base.astro`,
        });
    });
  }
}

export const sitePlugin: Plugin = {
  name: 'site',
  rules: {
    'site/no-inline-handler': NoInlineHandler,
    'site/external-link-rel': ExternalLinkRel,
    'site/csp-meta': CspMeta,
  },
};

/** The validator configuration for built pages. */
export const htmlValidateConfig: ConfigData = {
  root: true,
  plugins: [sitePlugin],
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    'site/no-inline-handler': 'error',
    'site/external-link-rel': 'error',
    'site/csp-meta': 'error',
    // The CSP forbids style attributes: no exceptions, not even custom properties.
    'no-inline-style': ['error', { allowedProperties: [], allowVariables: false }],
    // Subresource integrity only for resources from other origins (there should be none at all). Our own
    // hashed assets come from the same server as the page, so a hash would guard against nothing the
    // page itself is not exposed to; the preset's default ("all") would demand it anyway.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
