/**
 * The foundation floor: course settings given as a system property or an environment variable of
 * the same name ({@code COURSE_PROFILE}, {@code COURSE_DATASETS}, {@code COURSE_THREADS}), the run
 * profile ({@link org.dlcourse.config.RunProfile}: full or quick sizes and epochs) and the heap guard
 * ({@link org.dlcourse.config.Heap}). Every other package may import it; it imports none of them.
 */
package org.dlcourse.config;
