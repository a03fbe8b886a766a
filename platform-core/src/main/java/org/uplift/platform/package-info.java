/** Platform basics every feature shares: the clock, the platform's zone, and how dates, scores and money print. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform basics")
package org.uplift.platform;
