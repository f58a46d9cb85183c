/**
 * Open data (§6, §10.7): a module offers a registry it keeps as an {@link kg.omb.shared.opendata.OpenDataset}; the
 * portal publishes every dataset with its dictionary of fields as CSV, JSON and XLSX.
 */
@NullMarked
package kg.omb.shared.opendata;

import org.jspecify.annotations.NullMarked;
