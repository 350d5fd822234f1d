/** Reader of the PSPLIB single-mode RCPSP instances ({@code .sm}) and their reference makespans, and the benchmark over them. */
package org.bearing.engine.leveling.psplib;
