# Reads a wfsim result file with hdf5r, as docs/output.md shows, and checks the axis order R sees
# (reversed) against the axis_order attribute. Usage: Rscript test_output_interop_check.R FILE.h5
suppressMessages(library(hdf5r))
args <- commandArgs(trailingOnly = TRUE)
f <- H5File$new(args[1], mode = "r")
fail <- function(message) { cat("check failed:", message, "\n"); quit(status = 1) }
units <- f[["unit"]][]
years <- f[["fy"]][]
ds <- f[["variants/baseline/fy/vacancy_rate"]]
vacancy <- ds[, , ]
reps <- length(f[["variants/baseline/replication"]][])
if (!identical(dim(vacancy), c(length(units), length(years), reps))) fail("dimensions are not [unit, fy, replication]")
if (h5attr(ds, "axis_order") != "replication,fy,unit") fail("axis_order")
if (h5attr(f, "format_version") != 2) fail("format_version")
p50 <- f[["variants/baseline/fy_summary/vacancy_rate/p50"]][, ]
total <- which(units == "total")
if (abs(p50[total, 1] - median(vacancy[total, 1, ])) > 1e-12) fail("p50 is not the median across replications")
if (!identical(f[["variants/baseline/fy/unit"]][], units)) fail("the group's unit coordinate")
f$close_all()
cat("ok\n")
