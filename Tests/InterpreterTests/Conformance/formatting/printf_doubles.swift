let x = 3.14159265358979
print(String(format: "%e|%E|%f|%F|%g|%G", x, x, x, x, x, x))
print(String(format: "%.3e|%10.2f|%-10.2f|%+.1f|% .2f|%010.3f", x, x, x, x, x, -x))
print(String(format: "%g|%g|%g|%g|%g|%G", 1e-5, 100000.0, 1e6, 0.0001, 123456789.0, 1e-10))
print(String(format: "%#g|%#.0f|%.0f|%.0f|%.0f|%.0e", 1.0, 2.0, 0.5, 1.5, 2.5, 12345.0))
print(String(format: "%f|%e|%g|%F|%5.1f|%-6g|", Double.infinity, -Double.infinity, Double.nan, Double.infinity, -Double.nan, Double.infinity))
print(String(format: "%.10g|%.17g|%.1g|%.0g|%g", 0.1, 0.1, 0.15, 2.5, 0.0))
print(String(format: "%a|%A|%.2a|%la|%lf", 1.0, 0.5, 3.0, 10.0, 2.5))
print(String(format: "%g %g", -0.0, 1e300 * 10))
// expect: 3.141593e+00|3.141593E+00|3.141593|3.141593|3.14159|3.14159
// expect: 3.142e+00|      3.14|3.14      |+3.1| 3.14|-00003.142
// expect: 1e-05|100000|1e+06|0.0001|1.23457e+08|1E-10
// expect: 1.00000|2.|0|2|2|1e+04
// expect: inf|-inf|nan|INF| -nan|inf   |
// expect: 0.1|0.10000000000000001|0.1|2|0
// expect: 0x1p+0|0X1P-1|0x1.80p+1|0x1.4p+3|2.500000
// expect: -0 1e+301
