/** The delivery module's tables: {@code sprint} and {@code backlog_item}. */
package org.bearing.delivery.persistence;
