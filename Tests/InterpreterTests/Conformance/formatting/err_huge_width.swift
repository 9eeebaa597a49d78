let s = String(format: "%2000000000d", 1)
// expect error: 1:9 array size limit
