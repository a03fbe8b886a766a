/**
 * Quote requests in the UI. The SME: a request on a catalogue package ({@code quotes/new/<packageId>}) or a
 * free-text need ({@code quotes/new}), its list of requests and the side-by-side comparison with "accept" (owner
 * only). The provider: its incoming quotes, claiming the task, the answer form (cost lines typed in yuan, stored in
 * fen) and declining with a reason.
 */
package org.uplift.ui.quotes;
