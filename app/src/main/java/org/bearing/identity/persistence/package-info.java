/** SQL persistence of accounts and API tokens; internal to the identity module. */
package org.bearing.identity.persistence;
