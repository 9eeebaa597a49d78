let n = 3
let text = """
    First line
      indented "quoted" \(n)
    last\tline \
    continued
    """
print(text)
let raw = #"C:\path\n stays, "quotes" too, \#(n) interpolates"#
print(raw)
let rawMulti = #"""
    a\b
    \#t tab
    """#
print(rawMulti, rawMulti.count)
print("""
one
""" + "!")
// expect: First line
// expect:   indented "quoted" 3
// expect: last	line continued
// expect: C:\path\n stays, "quotes" too, 3 interpolates
// expect: a\b
// expect: 	 tab 9
// expect: one!
