/** Who may use Bearing: accounts, personal API tokens and the security rules of the web and API. */
package org.bearing.identity;
