// tpi-guide/react: <tpi-guide> as a React component (React 17-19), with typed event
// props. Importing it registers the element. React stays the host's own copy: this
// module is emitted by tsc as is, never bundled, and kept out of tpi-guide.min.js.
// The default import: React is CommonJS, and only its default is there in every loader.
import React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { TpiGuide as TpiGuideElement } from '../index.js';
import type { TpiBookEvent, TpiChangeEvent, TpiErrorEvent, TpiExportEvent } from '../index.js';

/**
 * `<TpiGuide audience="patient" emergencyNumber="911" onTpiBook={(e) => book(e.detail.service, e.detail.answers)} />`
 * `onTpiBook` gets `{ service, level: 'routine', answers, reasons }`, only for a routine suggestion.
 */
export const TpiGuide = createComponent({
  tagName: 'tpi-guide',
  elementClass: TpiGuideElement,
  react: React,
  events: {
    onTpiChange: 'tpi-change' as EventName<TpiChangeEvent>,
    onTpiError: 'tpi-error' as EventName<TpiErrorEvent>,
    onTpiBook: 'tpi-book' as EventName<TpiBookEvent>,
    onTpiExport: 'tpi-export' as EventName<TpiExportEvent>,
  },
  displayName: 'TpiGuide',
});

export type { TpiBookEvent, TpiChangeEvent, TpiErrorEvent, TpiExportEvent };
export type { BookableService, SelfCheckAnswers, TpiBookDetail, TpiChangeDetail, TpiErrorDetail, TpiExportDetail } from '../index.js';
