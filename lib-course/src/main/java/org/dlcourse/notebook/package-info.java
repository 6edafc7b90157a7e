/**
 * Notebook integration: the JJava kernel extension (renderers for charts, tables and
 * {@link org.dlcourse.notebook.Audio} players, default imports) and {@link org.dlcourse.notebook.Notebook#show(Object...)}:
 * the top floor of the library, which nothing below imports (the run profile that shrinks data and
 * epochs for CI is {@link org.dlcourse.config.RunProfile}, a foundation the data loaders and the
 * engine read).
 */
package org.dlcourse.notebook;
