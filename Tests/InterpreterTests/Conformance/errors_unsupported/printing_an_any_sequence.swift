let s = AnySequence([1, 2])
print(s)
// expect error: 2:7 not supported in experiment blocks: printing 'AnySequence<Int>', whose text in Swift names types weave cannot tell apart here or shows what weave does not reproduce (a slice, a Set's order, an iterator's state); print 'Array(…)' of it instead
