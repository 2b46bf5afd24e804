/**
 * Reading input files the way a 招商 team produces them (CSV from Chinese spreadsheets, in UTF-8 or GB18030), with
 * line numbers for every error.
 */
package io.chaingraph.loader.source;
