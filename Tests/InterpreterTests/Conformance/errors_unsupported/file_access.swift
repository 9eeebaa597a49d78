let s = try String(contentsOfFile: "/etc/passwd")
// expect error: 1:13 'String' takes 1 unlabelled argument
