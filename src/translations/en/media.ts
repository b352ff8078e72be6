/** English words for images and videos in content, fetched with the code that shows them. */
export const enMedia = {
  mediaVideoOf: (name: string) => `Video: ${name}`,
  mediaPlay: (title: string) => `Play video: ${title}`,
  mediaPlaysFrom: (service: string) => `This video plays from ${service} once you press play.`,
  mediaCaptions: 'Captions',
  mediaVideoAddress: (url: string) => `Video: ${url}`,
  mediaServiceAddress: (service: string, url: string) => `Video on ${service}: ${url}`,
  mediaRefused: 'This picture or video can’t be shown here.',
};
