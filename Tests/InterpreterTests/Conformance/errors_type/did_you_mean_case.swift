enum Schedule { case constant, cosine }
let s = Schedule.cosin
// expect error: 2:18 type 'Schedule' has no member 'cosin'; did you mean 'cosine'?
