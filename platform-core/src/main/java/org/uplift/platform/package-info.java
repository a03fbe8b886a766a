/** Platform basics every feature shares: the clock. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform basics")
package org.uplift.platform;
