/**
 * The provider's solution packages (我的解决方案): the list of its packages with their status and versions,
 * and the package editor (draft, publish as a new immutable version, withdraw). Who may change what is the
 * domain's rule ({@code PackagePermission}); the views only hide what it would refuse. Amounts are typed in
 * yuan with at most two decimals and stored in fen ({@link org.uplift.ui.packages.Yuan}).
 */
package org.uplift.ui.packages;
