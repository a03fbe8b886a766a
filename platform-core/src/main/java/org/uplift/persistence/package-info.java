/**
 * Persistence defaults: the in-process MongoDB wire-protocol server used when no MongoDB URI is
 * configured, made durable so that an acknowledged write survives a hard kill of the JVM.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persistence")
package org.uplift.persistence;
