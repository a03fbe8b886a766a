/**
 * PDF reports of an SME's assessment result, with the content of the result page: scores, level, scenario
 * ratings, the gap to the next level, the peer comparison and the T0/T1 comparison. Laid out as XHTML and
 * written by openhtmltopdf (PDFBox) with a CJK font that ships in {@code fonts/}, so Chinese renders on any
 * machine without OS font packages. Entry point: {@link org.uplift.report.AssessmentReports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.uplift.report;
