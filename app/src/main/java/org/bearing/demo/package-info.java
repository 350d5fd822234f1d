/** A demo portfolio that feels real (a cloud-migration program and two software projects), loaded by {@code serve --demo}. */
package org.bearing.demo;
