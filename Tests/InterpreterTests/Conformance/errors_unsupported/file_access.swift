let s = try String(contentsOfFile: "/etc/passwd")
// expect error: 1:9 not supported in experiment blocks: 'try'
