/**
 * Notebook integration: the JJava kernel extension (renderers for charts, tables and
 * {@link org.dlcourse.notebook.Audio} players, default imports), {@link org.dlcourse.notebook.Notebook#show(Object...)} and the run profile
 * ({@link org.dlcourse.notebook.RunProfile}) that shrinks data and epochs for CI.
 */
package org.dlcourse.notebook;
