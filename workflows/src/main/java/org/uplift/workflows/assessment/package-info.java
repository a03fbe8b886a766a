/** The {@code maturity-assessment} journey: answer, score, decide and record the level, diagnose, publish. */
package org.uplift.workflows.assessment;
