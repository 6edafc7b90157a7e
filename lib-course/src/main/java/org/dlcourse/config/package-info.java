/**
 * Course settings given as a system property or an environment variable of the same name
 * ({@code COURSE_PROFILE}, {@code COURSE_DATASETS}, {@code COURSE_THREADS}).
 */
package org.dlcourse.config;
