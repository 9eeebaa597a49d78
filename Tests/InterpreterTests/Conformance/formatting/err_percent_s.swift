let name = "Adam"
let s = String(format: "optimizer %s", name)
// expect error: 2:9 '%s' expects a C string pointer, which is undefined for a Swift String; use '%@'
