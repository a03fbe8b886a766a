/**
 * Evidence files per indicator (一企一档): PDF, images and Office documents attached to the questions
 * of an SME's draft assessment, kept in the GridFS bucket {@code evidence}. The bucket is tenant-owned,
 * so the tenancy mechanism stamps, filters and guards every file and chunk; nothing here filters by tenant.
 */
@org.springframework.modulith.NamedInterface("evidence")
package org.uplift.assessment.evidence;
