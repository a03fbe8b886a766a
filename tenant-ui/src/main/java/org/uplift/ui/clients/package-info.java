/** 我的客户: the provider's client list, a page at a time, each SME linked to what it shares, asks and agrees. */
package org.uplift.ui.clients;
