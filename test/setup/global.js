// Workers inherit this: every test runs in the officers' time zone.
module.exports = async () => { process.env.TZ = 'Asia/Ho_Chi_Minh'; };
